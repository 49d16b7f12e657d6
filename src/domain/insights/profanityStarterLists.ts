import type { CharterLanguage } from './charter'

/**
 * Starter lists for the "strong language" hint: common swear words and everyday insults only.
 * They deliberately hold no slurs aimed at people for who they are (origin, religion, gender,
 * sexuality, disability): such words do not belong in our source code. Curators add the words
 * their own charter needs in the Insights panel.
 * Words are written as a reader would type them; matching ignores case and accents and accepts
 * a plural -s or -x, so plurals are not listed.
 */
export const PROFANITY_STARTER_LISTS: Readonly<Record<CharterLanguage, readonly string[]>> = {
  en: [
    'arsehole',
    'asshole',
    'bastard',
    'bitch',
    'bloody hell',
    'bollocks',
    'bullshit',
    'crap',
    'damn',
    'dickhead',
    'douchebag',
    'dumbass',
    'fuck',
    'fucked',
    'fucker',
    'fucking',
    'goddamn',
    'jackass',
    'motherfucker',
    'piss off',
    'prick',
    'screw you',
    'shit',
    'shitty',
    'son of a bitch',
    'twat',
    'wanker',
  ],
  fr: [
    'abruti',
    'bordel',
    'bâtard',
    'chiant',
    'connard',
    'connasse',
    'con',
    'conne',
    'couillon',
    'crétin',
    'emmerdeur',
    'enfoiré',
    'fais chier',
    'foutre',
    'imbécile',
    'merde',
    'merdique',
    'nique',
    'pétasse',
    'putain',
    'salaud',
    'salope',
    'ta gueule',
    'trou du cul',
    'va te faire foutre',
  ],
}

import { applyDeletedPostPolicy } from '../domain/sourceCheck/applyDeletedPostPolicy'
import type { ExportFormatId, Exporter } from './types'

/**
 * Every format draws the story as the curator's choice for deleted posts says (see
 * applyDeletedPostPolicy), except JSON: it is the story's own copy, made to be imported again,
 * and it carries the choice and each post's status with it, whole.
 */
export const withDeletedPostPolicy = (exporter: Exporter, format: ExportFormatId): Exporter =>
  format === 'json'
    ? exporter
    : {
        run: (input) =>
          exporter.run({ ...input, ...applyDeletedPostPolicy(input.story, input.posts) }),
      }

/** The library source that lists imported archives; stored in `librarySource` like any other. */
export const ARCHIVES_SOURCE = 'archives'

/** What the file chooser offers: archives, and the data files people open from them. */
export const ARCHIVE_FILE_TYPES = '.zip,.js,.json,.car,.csv'

/** The UTC day a post was made, `YYYY-MM-DD`: the record it is stored in (see archiveDatabase). */
export const archiveDayOf = (createdAt: string): string => {
  const time = Date.parse(createdAt)
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : 'undated'
}

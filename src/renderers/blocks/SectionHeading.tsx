export interface SectionHeadingProps {
  title: string
}

/** A story's sections sit under its <h1> title. */
export function SectionHeading({ title }: SectionHeadingProps) {
  return <h2 className="story-section">{title}</h2>
}

import { createContext, useContext } from 'react'

/** The index a library post would be inserted at, while one is dragged over the story. */
export const DropIndicatorContext = createContext<number | null>(null)

export const useDropIndicator = () => useContext(DropIndicatorContext)

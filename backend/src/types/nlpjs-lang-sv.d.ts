/** The part of @nlpjs/lang-sv (CommonJS, no types of its own) the importer uses. */
declare module '@nlpjs/lang-sv' {
  export class StemmerSv {
    stemWord(word: string): string;
  }
  export class StopwordsSv {
    isStopword(word: string): boolean;
  }
  const sv: { StemmerSv: typeof StemmerSv; StopwordsSv: typeof StopwordsSv };
  export default sv;
}

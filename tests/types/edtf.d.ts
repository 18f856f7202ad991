// The edtf package ships no types; tests only need its parser, which throws on anything that is not EDTF.
declare module 'edtf' {
  interface EdtfValue {
    toEDTF(): string;
  }
  export default function edtf(input: string): EdtfValue;
}

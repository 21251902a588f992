import type { Lookup, OrganisationLookup } from './vlaio-lookups';

/**
 * Lookups as they cross from the report's worker thread to the main thread. Their values repeat a
 * lot (theme combinations, federation lists, days, provinces, sectors): sent as codes into a list
 * of distinct texts, they clone as a few typed arrays, and the main thread's copy shares one
 * string per distinct text instead of holding hundreds of thousands of equal ones.
 */
export type PackedLookup = { kind: 'text'; ids: Int32Array; codes: Int32Array; texts: string[] };
export type PackedOrganisations = {
  kind: 'organisations';
  ids: Int32Array;
  names: string[];
  provinces: Int32Array;
  sectors: Int32Array;
  texts: string[];
};
export type Packed = PackedLookup | PackedOrganisations;

function coder() {
  const codes = new Map<string, number>();
  const texts: string[] = [];
  return {
    texts,
    code: (text: string): number => {
      let code = codes.get(text);
      if (code === undefined) {
        code = texts.length;
        texts.push(text);
        codes.set(text, code);
      }
      return code;
    },
  };
}

export function packLookup(lookup: Lookup): PackedLookup {
  const { texts, code } = coder();
  const ids = new Int32Array(lookup.size);
  const codes = new Int32Array(lookup.size);
  let i = 0;
  for (const [id, text] of lookup) {
    ids[i] = id;
    codes[i] = code(text);
    i += 1;
  }
  return { kind: 'text', ids, codes, texts };
}

export function packOrganisations(lookup: OrganisationLookup): PackedOrganisations {
  const { texts, code } = coder();
  const ids = new Int32Array(lookup.size);
  const provinces = new Int32Array(lookup.size);
  const sectors = new Int32Array(lookup.size);
  const names: string[] = new Array<string>(lookup.size);
  let i = 0;
  for (const [id, facts] of lookup) {
    ids[i] = id;
    names[i] = facts.name;
    provinces[i] = code(facts.province);
    sectors[i] = code(facts.sector);
    i += 1;
  }
  return { kind: 'organisations', ids, names, provinces, sectors, texts };
}

export function unpackLookup(packed: PackedLookup): Lookup {
  const lookup: Lookup = new Map();
  for (let i = 0; i < packed.ids.length; i += 1)
    lookup.set(packed.ids[i] as number, packed.texts[packed.codes[i] as number] as string);
  return lookup;
}

export function unpackOrganisations(packed: PackedOrganisations): OrganisationLookup {
  const lookup: OrganisationLookup = new Map();
  for (let i = 0; i < packed.ids.length; i += 1)
    lookup.set(packed.ids[i] as number, {
      name: packed.names[i] as string,
      province: packed.texts[packed.provinces[i] as number] as string,
      sector: packed.texts[packed.sectors[i] as number] as string,
    });
  return lookup;
}

/** `organisations` holds facts per organisation; every other lookup holds a text per id. */
export function pack(key: string, lookup: Lookup | OrganisationLookup): Packed {
  return key === 'organisations' ? packOrganisations(lookup as OrganisationLookup) : packLookup(lookup as Lookup);
}

export function unpack(packed: Packed): Lookup | OrganisationLookup {
  return packed.kind === 'organisations' ? unpackOrganisations(packed) : unpackLookup(packed);
}

/** The typed arrays of a packed lookup, moved rather than copied to the other thread. */
export function transferList(packed: Packed): ArrayBuffer[] {
  const arrays = packed.kind === 'organisations' ? [packed.ids, packed.provinces, packed.sectors] : [packed.ids, packed.codes];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

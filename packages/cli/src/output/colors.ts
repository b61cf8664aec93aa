import picocolors from 'picocolors';

export type Colors = ReturnType<typeof picocolors.createColors>;

/** Colour functions that are the identity when colour is off. */
export function colors(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}

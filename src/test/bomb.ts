/** Gzip bombs for the decompression tests, built from one repeated deflate segment (cheap). */
import { Deflate } from 'fflate'

/** A gzip member of `mib` MiB of zeros (~1 KB per MiB); `isize` forges the length trailer. */
export function gzipBomb(mib: number, isize = mib * 1048576): Uint8Array {
  const seg: Uint8Array[] = []
  const d = new Deflate({ level: 9 }, (c) => seg.push(c))
  d.push(new Uint8Array(1048576))
  // a sync flush ends the segment on a byte boundary, so copies of it concatenate
  d.flush(true)
  const one = seg.reduce((a, c) => new Uint8Array([...a, ...c]), new Uint8Array())
  const head = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]
  const tail = [1, 0, 0, 0xff, 0xff, 0, 0, 0, 0, ...[0, 8, 16, 24].map((s) => (isize >>> s) & 255)]
  const out = new Uint8Array(head.length + one.length * mib + tail.length)
  out.set(head)
  for (let i = 0; i < mib; i++) out.set(one, head.length + i * one.length)
  out.set(tail, head.length + one.length * mib)
  return out
}

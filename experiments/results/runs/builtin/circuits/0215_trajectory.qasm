// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5821303507493281) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 08822a6eee338b9a609088ca8b625b35b360a1a9e0f26382f43af1286b31ca59

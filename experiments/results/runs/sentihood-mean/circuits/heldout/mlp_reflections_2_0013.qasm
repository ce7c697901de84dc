// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9504522613806636) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ef78cc3881eed83dd3b6d05bd0087c7181aa8730ffb396a7be5ee65294b5df77

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.28429100340291835) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b73b3b1a908db6fba440d2837fe67e0ce86f7ea25fa9fc2a5d4e9525edbc92a

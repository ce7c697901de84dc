// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6082034616069514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a0e3e6b7f54ef0ba441da4f18c029c44c4feb13596fc27fe884363ed6dcb196

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7520359733345704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 08039d8dbc9a1dd4291c83a5626f1d1a64f702b9a2e430ef8bf53dd9c723a821

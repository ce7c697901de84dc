// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4342690975337615) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2219efe89b012f67f983fb20ba9a53595186ca0f31c3229533cf83af285aca77

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2171234851606747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4023925bba2158e52eee32d5122841b45d1836a2f7055263488fe71780970551

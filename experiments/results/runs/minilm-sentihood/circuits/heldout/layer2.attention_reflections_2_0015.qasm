// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.652534188116596) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78f46565fb18e6501fd366f44ab1adbde7290454df81e3fa0eb64edd3770c3b6

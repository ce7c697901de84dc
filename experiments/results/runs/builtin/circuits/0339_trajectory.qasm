// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0944145196681125) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1abf002c446746150d9e1ce9843e9c814db509a0a103d702958aa617b99edda

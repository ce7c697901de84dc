// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1412745396060675) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d167cd78aef94c050062591a72d6085110b08e8dd94e3ed9d3ffb5df396c2c54

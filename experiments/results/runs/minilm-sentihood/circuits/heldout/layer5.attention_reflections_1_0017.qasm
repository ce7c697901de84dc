// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1663343514016578) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26e3e37ffc4776fbd7e5ff1683d6b104ee4f64173ee74c03d43d8386d08d575b

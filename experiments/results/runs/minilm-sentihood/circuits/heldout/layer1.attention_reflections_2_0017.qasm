// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.908142124853141) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20ca8717fc7f779e5cd88bcd3395beae4cda56b1e8cb705b4216a2f509a9aef9

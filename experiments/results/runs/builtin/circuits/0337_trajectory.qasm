// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.577806832474657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e082fde9eba628442263e681a6eee02e9197cd32ef33c900b1584fb94b152643

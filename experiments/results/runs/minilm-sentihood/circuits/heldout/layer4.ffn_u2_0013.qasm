// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.27436274657435744) q[0];
ry(0.9292029819429711) q[0];
rz(-0.16687998112945923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3ec283d6bb9f18e799d8c17180abfc7297e6f867d15b829cd26099ebb41bc51

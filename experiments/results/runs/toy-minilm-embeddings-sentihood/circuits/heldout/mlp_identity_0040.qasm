// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2855368487898833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e32cf4b116247692b179e1e44d3693a23ed161ed299fa511f9d97580f442c05d

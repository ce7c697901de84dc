// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1498654492944964) q[0];
ry(1.3947277650480798) q[0];
rz(-0.026442616470817804) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1fa6bac203cd46d6e10c37b178651f2f39defefcbffff0463177a5664cc8a047

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13137897787243924) q[0];
ry(2.4121654175777207) q[0];
rz(0.09820100304271717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1ace6466454eecc8f559f46cfcad7fbe6d8bf4cee6326fa7e823ddbce6d3997

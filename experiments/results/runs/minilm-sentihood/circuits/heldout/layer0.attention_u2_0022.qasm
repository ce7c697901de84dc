// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40865562594886295) q[0];
ry(0.8211015432055013) q[0];
rz(-0.2869331767424086) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9b09eed4b3bf9c97e7213df5d462347d4610fbdde1f9a8dbbc18ce230ed165f

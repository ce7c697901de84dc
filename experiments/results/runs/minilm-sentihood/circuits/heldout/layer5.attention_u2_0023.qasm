// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1606352794516579) q[0];
ry(2.523840644266145) q[0];
rz(0.13132493400336376) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5098b73c8ddd711118bb831ed580059f96fd0152f32261a462589e6e89d6590

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7338816193663575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 994afab3edbe624c10720594f3d2d10b26ac3d0ff565e20466afca8c08173ac2

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.5198506016043916) q[0];
ry(2.564027329747904) q[0];
rz(0.44713216643329146) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d07224bcaf3397ae8a941f9c85b92620475aee2b6e0647195ab5405632883633

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.0665369217720384) q[0];
ry(0.6961458464483169) q[0];
rz(-0.051086060868931416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9486691f7e8b9d6a941c349c7dcb80d1e72ebe6b8f0fd28090467eb6c2639fea

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.33024451517830444) q[0];
ry(1.7240055974768347) q[0];
rz(0.052266972717937676) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 34f6f0104af3e9d6680189e904d71796ab98bd498c5c00eba0934019ce2e3bf7

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3149042452075639) q[0];
ry(1.2173283318011485) q[0];
rz(-0.11228299443565293) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93016a20edd84bb619df3e630d72da71f27472e4a622a3436eecd16e59841c3c

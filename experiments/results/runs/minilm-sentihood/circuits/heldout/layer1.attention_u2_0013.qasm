// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3064518732070245) q[0];
ry(1.3026077735398207) q[0];
rz(-0.08365087701880691) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99baf2777a247c9f6dc3a33bf38118d8ac29c26673a6c046450680e0c8ee5f06

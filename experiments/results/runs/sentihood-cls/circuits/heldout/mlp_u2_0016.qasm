// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2427802713493925) q[0];
ry(2.6326550582763475) q[0];
rz(0.2129964390168282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ac95b83ecb481571454297193315a6e6f63e13762c1ce8d5e872b98102d6b85

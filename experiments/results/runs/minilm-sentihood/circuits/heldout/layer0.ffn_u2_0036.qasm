// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14764724002440932) q[0];
ry(1.5313298517371263) q[0];
rz(-0.00586824071902603) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ffddb03295f9f3de1aca48587b1e9b9d2251df12814cdb128fb4ebe368e60376

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1223338450554143) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e33dc451ab8cabd5797d7b0682fc826ce150e7b4bb61a90fb700923989df0256

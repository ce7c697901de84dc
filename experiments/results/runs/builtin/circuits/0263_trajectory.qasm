// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9238053003880715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3bf6487fde8fb8925b06fc9c4f986517bcb75acc1d434c8141cbed58e7c38669

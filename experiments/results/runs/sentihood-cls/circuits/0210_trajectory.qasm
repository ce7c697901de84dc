// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7589983517166816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3fbdcf017946ecd752b6753d6397163e601b5af450a940e2437962807675df87

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.512166673958328) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 105e88283cb9836f23bc997e836e3c2dac25a5a3ce3837b62491f71af9a9cb33

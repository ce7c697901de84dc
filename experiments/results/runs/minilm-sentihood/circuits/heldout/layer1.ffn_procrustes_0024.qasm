// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7307262584989176) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6c039c64f33f40a21e79216d4d384bca2e7157902e12d958813b5a0566f6c3a

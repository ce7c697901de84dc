// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.535038182902893) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0496345b08d42f925b958a9f65ff0e410cb729766aaaf2b4807f2e12d06212b

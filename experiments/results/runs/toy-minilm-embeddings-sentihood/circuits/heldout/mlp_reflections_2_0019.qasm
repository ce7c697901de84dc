// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8926050308407927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3860f1063ba338abad6c77575cb932eaf00c3a4625195de43b4850996a06d561

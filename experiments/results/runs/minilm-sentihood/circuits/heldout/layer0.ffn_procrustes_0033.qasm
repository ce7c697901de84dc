// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.268524853265106) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7217f3c663c177680e4b0b7fce3b5aaffb131926bc20943d8a46e5903a141c74

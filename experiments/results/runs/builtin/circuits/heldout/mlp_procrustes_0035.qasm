// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4131566753554825) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 931889f60430237cf742a3ee3ddb511ccc488f20c25e8f3a9b097fd1eea56ade

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3824323261726041) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe12e27a6933eb505ad2c1e9ed4a0eacf14f832619593aa710ef1ddfdd3c3973

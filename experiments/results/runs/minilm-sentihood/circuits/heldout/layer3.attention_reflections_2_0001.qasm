// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4934263014907576) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9a6da84e52a996f0dd9ce1af178f24708fa78ff7b0ff7e8881c1039499613c7

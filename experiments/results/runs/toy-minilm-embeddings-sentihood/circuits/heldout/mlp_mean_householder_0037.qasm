// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.910080066864207) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c18544365adf35ade28a23251df43eea2f5b00658272fced7eda244290eb60ed

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.69531985362086) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec0e6efe6cc73d2ab6f501566b4e50b451cd347798187f5c851065a220c38453

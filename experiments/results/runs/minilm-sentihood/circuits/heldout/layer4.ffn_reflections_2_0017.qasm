// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.176034170312633) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50571730e2bcfe5a7834b87dc6266bc5f50cef5c93241af27bb09ad2806faa5f
